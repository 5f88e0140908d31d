import { expect, test } from "@playwright/test";

test.describe("Säkerhetshuvuden", () => {
  for (const path of ["/", "/regioner/09", "/data?q=%3Cscript%3E", "/finns-inte"]) {
    test(`${path} skickar CSP, nosniff, referrer-policy och nekar inramning`, async ({ request }) => {
      const res = await request.get(path);
      const h = res.headers();
      expect(h["content-security-policy"]).toContain("default-src 'self'");
      expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(h["content-security-policy"]).toContain("object-src 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["x-powered-by"]).toBeUndefined();
    });
  }

  test("text från adressen visas som text, aldrig som kod", async ({ page }) => {
    const messages: string[] = [];
    page.on("dialog", (d) => { messages.push(d.message()); void d.dismiss(); });
    await page.goto("/data?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    await expect(page.getByRole("searchbox", { name: "Sök i text" })).toHaveValue("<img src=x onerror=alert(1)>");
    await expect(page.getByRole("status").filter({ hasText: "Inga poster" })).toHaveText("Inga poster matchar filtren.");
    expect(messages).toEqual([]);
  });
});
