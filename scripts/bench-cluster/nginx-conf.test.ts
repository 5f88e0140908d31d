import { describe, expect, it } from "vitest";
import { nginxConf } from "./nginx-conf";

describe("nginxConf", () => {
  const conf = nginxConf({ dir: "/tmp/x", port: 3291, onePort: 3292, instances: [3293, 3294] });
  it("listens on loopback only", () => {
    expect(conf.match(/listen (\S+);/g)).toEqual(["listen 127.0.0.1:3291;", "listen 127.0.0.1:3292;"]);
  });
  it("balances over both instances and retries a failed request on the other", () => {
    expect(conf).toContain("server 127.0.0.1:3293 max_fails=1 fail_timeout=3s;\n    server 127.0.0.1:3294");
    expect(conf).toContain("proxy_next_upstream error timeout http_502 http_503 http_504;");
  });
  it("keeps every file nginx writes inside its temp folder", () => {
    for (const line of conf.split("\n").filter((l) => /(pid|_log|_path) /.test(l) && !l.includes("access_log off"))) expect(line).toContain("/tmp/x/");
  });
});
