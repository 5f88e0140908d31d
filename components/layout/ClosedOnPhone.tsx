import type { ReactNode } from "react";
import { CloseOnPhone } from "@/components/profile/CloseOnPhone";
import { CLOSE_ON_PHONE_SCRIPT } from "@/components/profile/close-on-phone";

/**
 * Phone-first disclosure: the open <details> inside start closed on a narrow screen (under 40rem), and stay open on
 * wider screens and without JavaScript. The inline script closes them while the page is parsed (nothing moves after
 * the first paint); CloseOnPhone does the same after a client-side navigation. A #target inside stays open.
 */
export function ClosedOnPhone({ children }: { children: ReactNode }) {
  return (
    <div data-close-on-phone="">
      {children}
      <script dangerouslySetInnerHTML={{ __html: CLOSE_ON_PHONE_SCRIPT }} />
      <CloseOnPhone />
    </div>
  );
}

/** One such disclosure with a summary line (styled as the page's other disclosures: accent, bold). */
export function PhoneDisclosure({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  return (
    <ClosedOnPhone>
      <details open className="page-disclosure">
        <summary>{summary}</summary>
        {children}
      </details>
    </ClosedOnPhone>
  );
}
