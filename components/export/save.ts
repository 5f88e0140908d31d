/** Small browser helpers every download and share action needs, without the image code (download.ts). */

/** Save `data` as `filename` through a temporary <a download> (works without any popup permission). */
export function downloadBlob(data: BlobPart, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL only after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Copy text; false when the Clipboard API is missing or refused (http, old browsers, denied permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
