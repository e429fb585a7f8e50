import net from 'node:net';
import path from 'node:path';
import { createLanCertificates, machineNames } from './lanCert.ts';

/**
 * `npm run lan-cert [-- extra-name-or-address …]`: a local CA (kept and reused) and a server
 * certificate for this machine's names and addresses under data/tls/, which `npm start` then
 * serves with. Prints how to make each kind of device trust the CA.
 */
const dataDir = process.env.HAFAN_DATA_DIR || 'data';
const names = machineNames();
for (const extra of process.argv.slice(2)) {
  if (net.isIP(extra)) names.ips.push(extra);
  else if (/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(extra)) names.dns.push(extra.toLowerCase());
  else {
    console.error(`Not a host name or an IP address: ${extra}`);
    process.exit(1);
  }
}

try {
  const r = createLanCertificates(dataDir, {
    dns: [...new Set(names.dns)],
    ips: [...new Set(names.ips)],
  });
  const ca = path.resolve(r.paths.caCert);
  const host = r.names.dns.find((d) => d !== 'localhost') ?? 'this-box';
  const ip = r.names.ips.find((a) => a !== '127.0.0.1' && a !== '::1' && !a.includes(':'));
  const example = `https://${ip ?? host}:8080`;
  console.log(`${r.caCreated ? 'Created a new' : 'Reused the'} local certificate authority: ${ca}
  SHA-256 fingerprint: ${r.caFingerprint}
Server certificate (valid 825 days): ${path.resolve(r.paths.cert)}
  for: ${[...r.names.dns, ...r.names.ips].join(', ')}

npm start now serves HTTPS with it (restart the server if it is running).
Every headset and tablet must trust the CA once. The file is also served at ${example}/hafan-ca.crt
(the browser warns the first time: that is expected until the CA is trusted). Check that the
fingerprint a device shows matches the one above.

  Meta Quest: enable developer mode, connect by USB, then
      adb push ${ca} /sdcard/Download/hafan-ca.crt
      adb shell am start -a android.settings.SECURITY_SETTINGS
    and in the Android settings that open: Encryption & credentials > Install a certificate >
    CA certificate > Download > hafan-ca.crt. Restart the Quest browser.
  iPad: open ${example}/hafan-ca.crt in Safari (or AirDrop the file), allow the profile download,
    then Settings > General > VPN & Device Management > Hafan local CA > Install, and
    Settings > General > About > Certificate Trust Settings > turn on full trust for it.
  Android tablet: open ${example}/hafan-ca.crt in Chrome (or copy the file), then Settings >
    Security > More security settings > Encryption & credentials > Install a certificate >
    CA certificate, pick the file. (Menu names vary a little by maker.)

Without this step the browser shows a warning, refuses WebXR, and will not install Hafan's
offline service worker: a self-signed certificate that the device does not trust is not enough.
Where the council can, prefer a real domain certificate behind a reverse proxy
(docs/reverse-proxy.md). Keep ${path.resolve(r.paths.caKey)} private: whoever has it can
impersonate any site to the devices that trust the CA.`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
