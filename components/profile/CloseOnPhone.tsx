"use client";
import { useLayoutEffect } from "react";
import { closeForPhone, PHONE_QUERY } from "./close-on-phone";

/** After a client-side navigation (where inline scripts do not run), close the groups as the inline script would. */
export function CloseOnPhone() {
  useLayoutEffect(() => closeForPhone(PHONE_QUERY), []);
  return null;
}
