// The source manifest points every URL at the dev server. A production build
// serves the add-in from ADDIN_PUBLIC_URL instead (an https address, e.g.
// https://addins.example.com/receivables-desk/), and this module writes that
// address into the manifest. Used by webpack.config.js, the offline
// validation script and the manifest test, so all three agree.

const { URL } = require('node:url');

const DEV_URL = 'https://localhost:3000/';

/**
 * The production base URL from the environment, ending with a slash, or the
 * dev URL (with `fromEnvironment: false`) when ADDIN_PUBLIC_URL is not set.
 * Throws on an address Office would refuse.
 */
function resolvePublicUrl(env) {
  const raw = (env.ADDIN_PUBLIC_URL ?? '').trim();
  if (raw === '') return { url: DEV_URL, fromEnvironment: false };

  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_PUBLIC_URL is "${raw}", which is not a URL; expected an https address such as https://addins.example.com/receivables-desk/`,
    );
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(
      `ADDIN_PUBLIC_URL is "${raw}"; Office loads add-ins only over https, so it must start with https://`,
    );
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new Error(
      `ADDIN_PUBLIC_URL is "${raw}"; expected the folder the add-in is served from, without ? or #`,
    );
  }
  const url = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
  return { url, fromEnvironment: true };
}

/** The manifest text with every dev server URL replaced by `publicUrl`. */
function toProductionManifest(xml, publicUrl) {
  // The URLs sit in double-quoted attributes, where only & needs escaping
  // (new URL already percent-encodes quotes and angle brackets).
  return xml.split(DEV_URL).join(publicUrl.replaceAll('&', '&amp;'));
}

module.exports = { DEV_URL, resolvePublicUrl, toProductionManifest };
