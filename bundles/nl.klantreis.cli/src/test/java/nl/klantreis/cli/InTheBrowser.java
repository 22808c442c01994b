/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A page of the report measured by headless Chromium: the report's own policy allows no
 * script, so a copy without it carries the measuring script, which writes what it found into
 * {@code <pre id="measured">}; Chromium prints the DOM it leaves.
 */
final class InTheBrowser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /**
     * Measures each map's labels against their boxes, its steps' order, and the smallest text of
     * a step as drawn, on the map and under the emotion curve: its font size times the scale the
     * page gives its SVG (the CTM's, rotation left out: the curve's step names are slanted).
     */
    static final String MEASURE = """
            <pre id="measured"></pre><script>
            const problems = []; let checked = 0; let smallest = Infinity;
            const px = text => { const m = text.getScreenCTM(); return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b); };
            for (const g of document.querySelectorAll('svg.journey-map g.touchpoint, svg.journey-map g.phase, svg.journey-map g.pain-point, svg.journey-map g.improvement')) {
              const box = g.querySelector('rect').getBBox();
              for (const text of g.querySelectorAll('text:not(.mark)')) {
                const b = text.getBBox(); checked++;
                if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5)
                  problems.push(g.id + ' "' + text.textContent + '"');
                if (g.classList.contains('touchpoint'))
                  smallest = Math.min(smallest, px(text));
              }
            }
            for (const name of document.querySelectorAll('svg.emotion-curve text.step-name'))
              smallest = Math.min(smallest, px(name));
            for (const map of document.querySelectorAll('svg.journey-map')) {
              const steps = [...map.querySelectorAll('g.touchpoint')].sort((a, b) => a.dataset.step - b.dataset.step);
              for (let i = 1; i < steps.length; i++)
                if (steps[i].querySelector('rect').getBBox().x <= steps[i - 1].querySelector('rect').getBBox().x)
                  problems.push(steps[i].id + ' is not right of ' + steps[i - 1].id);
            }
            document.getElementById('measured').textContent = 'checked ' + checked + ' labels; smallest step text '
                + smallest.toFixed(3) + ' px; problems: ' + (problems.length ? problems.join(', ') : 'none');
            </script>
            """;

    private InTheBrowser() {
    }

    /** What {@link #MEASURE} found in {@code html} shown in a window {@code width} px wide. */
    static String measure(Path html, int width, Path temp) throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is needed: apt-get install chromium (.ci/run does this)");
        String measured = Files.readString(html).replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", MEASURE + "</body>");
        Path page = Files.writeString(temp.resolve("gemeten-" + width + ".html"), measured);
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + temp.resolve("profile-" + width),
                "--window-size=" + width + ",1200", "--dump-dom", page.toUri().toString()).start();
        String dom = new String(chromium.getInputStream().readAllBytes());
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        String pre = "<pre id=\"measured\">";
        return dom.substring(dom.indexOf(pre) + pre.length(), dom.indexOf("</pre>", dom.indexOf(pre)));
    }

    /** The smallest step text of a measurement, in px. */
    static double smallestStepText(String measured) {
        java.util.regex.Matcher px = java.util.regex.Pattern.compile("smallest step text ([0-9.]+|Infinity) px").matcher(measured);
        assertTrue(px.find(), measured);
        return Double.parseDouble(px.group(1));
    }
}
