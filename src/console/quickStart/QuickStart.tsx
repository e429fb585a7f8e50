/**
 * /console/quick-start: one printable page for care staff — pair, start, clean and charge the
 * headsets. Plain words, numbered steps, fits on two sides of A4.
 */
export function QuickStart() {
  return (
    <main className="page quick-start">
      <nav className="ops-nav no-print" aria-label="Console pages">
        <a href="/console">Back to the console</a>
        <button className="ops-button" onClick={() => window.print()}>
          Print this guide
        </button>
      </nav>
      <h1>Hafan quick-start for care staff</h1>
      <p>
        Hafan offers calm, guided relaxation in a VR headset. A session is seated and lasts 3 to 15
        minutes. The resident can stop at any moment, and you stay with them throughout.
      </p>

      <div className="columns">
        <section aria-labelledby="qs-pair">
          <h2 id="qs-pair">1. Pair a new headset (once)</h2>
          <ol>
            <li>
              An administrator opens the console&rsquo;s admin page and creates a pairing code.
            </li>
            <li>
              Put the headset on, open <strong>Hafan</strong> (the app icon in the library, or the
              address on the console in the browser).
            </li>
            <li>
              Choose <strong>Pair this headset</strong>, type the 8-digit code, choose{' '}
              <strong>Pair</strong>. The headset now shows its name.
            </li>
            <li>
              Open Hafan once with the Wi-Fi on: it then keeps working if the Wi-Fi drops later.
            </li>
          </ol>
        </section>

        <section aria-labelledby="qs-start">
          <h2 id="qs-start">2. Start a session</h2>
          <ol>
            <li>Sit the resident comfortably in a chair with arms, away from hazards.</li>
            <li>
              Ask for consent in the resident&rsquo;s own way. If they say no, or seem unsure, do
              not go ahead.
            </li>
            <li>
              On the console (or on the headset&rsquo;s start screen) choose the scene, the length
              and English or Cymraeg.
            </li>
            <li>
              Help them put the headset on: strap loose first, then snug, glasses can stay on.
            </li>
            <li>
              Press <strong>Begin</strong>. Nothing else is needed: the session runs by itself.
            </li>
          </ol>
        </section>

        <section aria-labelledby="qs-during">
          <h2 id="qs-during">3. During and after</h2>
          <ul>
            <li>Stay close and watch for discomfort, dizziness, distress or tiredness.</li>
            <li>
              The resident can leave at any time with the <strong>B</strong> or <strong>Y</strong>{' '}
              button, or you can lift the headset off gently: nothing is lost.
            </li>
            <li>
              Take the headset off slowly at the end; let them sit for a minute before standing.
            </li>
            <li>
              The thank-you screen says whether the session record is saved. If it says
              &ldquo;waiting to be sent&rdquo;, that is fine: it is sent when the Wi-Fi is back.
            </li>
          </ul>
        </section>

        <section aria-labelledby="qs-clean">
          <h2 id="qs-clean">4. Clean between every resident</h2>
          <ol>
            <li>Wash or sanitise your hands.</li>
            <li>
              Wipe the face cushion, strap and controllers with a non-abrasive antibacterial wipe
              (alcohol-free on fabric). Use a wipe-clean face cover, one per resident if you can.
            </li>
            <li>
              Lenses: a <strong>dry</strong> microfibre cloth only, in small circles. Never liquids,
              wipes or sprays on the lenses.
            </li>
            <li>
              Let everything dry before the next person. Follow your home&rsquo;s infection policy.
            </li>
          </ol>
        </section>

        <section aria-labelledby="qs-charge">
          <h2 id="qs-charge">5. Charge and store</h2>
          <ul>
            <li>
              Charge headsets after each day&rsquo;s sessions; a full charge takes 2 to 3 hours.
            </li>
            <li>Keep a spare set of controller batteries (AA) in the cupboard.</li>
            <li>
              Store them out of sunlight, with the lenses covered: sunlight through the lenses can
              burn the screens in seconds.
            </li>
            <li>Keep headsets switched on and charged once a week so they update.</li>
          </ul>
        </section>

        <section aria-labelledby="qs-help">
          <h2 id="qs-help">If something goes wrong</h2>
          <ul>
            <li>
              <strong>The picture is blurry:</strong> move the headset up or down a little on the
              face.
            </li>
            <li>
              <strong>The view is tilted or off to one side:</strong> hold the Meta button on the
              right controller to recentre.
            </li>
            <li>
              <strong>No Wi-Fi:</strong> sessions still work on a headset that has opened Hafan
              before; records are kept and sent later.
            </li>
            <li>
              <strong>Anything else:</strong> end the session, take the headset off gently, and tell
              the person who looks after Hafan.
            </li>
          </ul>
        </section>
      </div>
    </main>
  );
}
