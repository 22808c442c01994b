package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of many journeys from many models is one page: every in-page link has its target,
 * and no id stands twice (not the arrowhead of each map, not two models' journeys with one id).
 */
class ReportLinksTest {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("(?:href=\"#|url\\(#)([^\")]+)");

    @TempDir
    Path folder;

    private final CommandRunner klantreis = new CommandRunner();

    @Test
    void everyLinkHasItsTargetAndEveryIdIsUnique() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("kopie"));
        // the same model twice, under another model id: the same journey and element ids in both
        String loonOpZand = Files.readString(ModelOutsideOsgiTest.ROOT.resolve("examples/loon-op-zand/loon-op-zand.klantreis"));
        Files.writeString(copy.resolve("tweede.klantreis"), loonOpZand.replaceFirst("model loon-op-zand", "model tweede"));
        Path report = folder.resolve("alles.html");
        assertEquals(0, klantreis.run("report", ModelOutsideOsgiTest.ROOT.resolve("examples").toString(), copy.toString(),
                "-o", report.toString()), klantreis.err.toString());
        String html = Files.readString(report);

        List<String> ids = all(ID, html);
        Set<String> unique = new HashSet<>(ids);
        List<String> twice = new ArrayList<>(ids);
        unique.forEach(twice::remove);
        assertEquals(List.of(), twice, "ids that stand more than once");
        List<String> broken = all(LINK, html).stream().filter(target -> !unique.contains(target)).toList();
        assertEquals(List.of(), broken, "links without a target");
        assertTrue(all(LINK, html).size() > 20, "the report links findings and map both ways");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
