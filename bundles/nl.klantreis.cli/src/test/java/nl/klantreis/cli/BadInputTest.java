/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus of bad input (src/test/resources/bad-input): every file gets a clear message
 * with file, line and column where the format has them, says what to do where the parser's
 * own words do not, exits with 2, and shows the user no stack trace.
 */
class BadInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path EXAMPLE = ModelOutsideOsgiTest.ROOT.resolve("examples/loon-op-zand/loon-op-zand.klantreis");

    @TempDir
    Path temp;

    private final CommandRunner klantreis = new CommandRunner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "external-entity.xmi        | :2:10: | DOCTYPE declaration, which Klantreis refuses",
            "entity-expansion.xmi       | :2:10: | Remove the <!DOCTYPE ...> part",
            "malformed.xmi              | :4:3:  | must be terminated by the matching end-tag",
            "truncated.xmi              | :19:5: | XML document structures must start and end",
            "truncated.klantreis        | :10:23: | the text ends before all its blocks are closed: add the missing '}'",
            "syntax-error.klantreis     | :5:3:  | the block before it is not closed: add '}' before 'persona'",
            "dangling-reference.klantreis | :4:21: | 'keten' is not defined in any .klantreis file in",
            "unknown-literal.xmi        | :3:52: | 'TOWN_HALL' is not a valid enumerator of 'OrganisationKind'",
            "unknown-literal.klantreis  | :3:10: | 'TOWN_HALL' is not a value for 'kind'. Write one of: CUSTOMER_CONTACT_CENTRE,",
            "duplicate-id.klantreis     | :5:3:  | the id 'a' is also the id of Organisation 'a' (at 2:3)",
            "duplicate-id.xmi           | :Organisation 'a' \"B\": | the id 'a' is also the id of Organisation 'a'",
            "not-utf8.klantreis         | :1:13: | not UTF-8 from here on. Save it as UTF-8",
            "not-utf8.xmi               | :2:143: | Invalid byte 2 of 3-byte UTF-8 sequence",
            "lone-carriage-return.klantreis | :1:14: | the text ends before all its blocks are closed",
            "foreign-namespace.xmi      | ': '    | namespace https://klantreis.nl/model/1., which Klantreis does not know and will not fetch" })
    void badInputIsExplainedWithItsPlace(String file, String place, String words) {
        Path input = CORPUS.resolve(file);
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", "--lang", "en", input.toString()), klantreis.out.toString());
        String message = klantreis.err.toString();
        assertTrue(message.contains(input + place), message);
        assertTrue(message.contains(words), message);
        assertTrue(message.contains("1 file could not be read"), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
        assertFalse(klantreis.out.toString().contains("KR-"), "no findings from a file that could not be read");
    }

    /** The other commands read through the same checks, and write nothing. */
    @Test
    void reportOfBadInputWritesNothing() {
        Path report = temp.resolve("rapport.html");
        assertEquals(ExitCodes.BAD_INPUT,
                klantreis.run("report", CORPUS.resolve("duplicate-id.klantreis").toString(), "-o", report.toString()));
        assertTrue(klantreis.err.toString().contains("the id 'a' is also the id of"), klantreis.err.toString());
        assertFalse(Files.exists(report));
    }

    /** XML nested ten thousand deep is one more unknown element to EMF, not a crash. */
    @Test
    void deepNestingIsReportedNotFatal() throws IOException {
        String deep = "<x>".repeat(10_000) + "</x>".repeat(10_000);
        Path file = Files.writeString(temp.resolve("diep.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <klantreis:JourneyModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:klantreis="https://klantreis.nl/model/1.0" id="x">
                """ + deep + "\n</klantreis:JourneyModel>\n");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", "--lang", "en", file.toString()));
        assertTrue(klantreis.err.toString().contains("diep.xmi:3:"), klantreis.err.toString());
        assertFalse(klantreis.err.toString().contains("Exception"), klantreis.err.toString());
    }

    /** A 50 MB model is large, not bad: it is read and checked like any other. */
    @Test
    void fiftyMegabytesAreReadAndChecked() throws IOException {
        Path file = temp.resolve("groot.xmi");
        try (var writer = Files.newBufferedWriter(file)) {
            writer.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <klantreis:JourneyModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:klantreis="https://klantreis.nl/model/1.0" id="groot">
                    """);
            for (int i = 0; Files.size(file) < 50_000_000; i++) {
                writer.write("  <organisations id=\"o" + i + "\" name=\"Organisatie " + i
                        + "\" kind=\"WELFARE\" trainedStaff=\"true\" interpreterBudget=\"true\" statusHolderCaseload=\"5\"/>\n");
                if (i % 10_000 == 0) {
                    writer.flush();
                }
            }
            writer.write("</klantreis:JourneyModel>\n");
        }
        assertEquals(0, klantreis.run("check", "--lang", "en", file.toString()), klantreis.err.toString());
        assertTrue(klantreis.out.toString().contains("no errors, no warnings, no notes in 1 file"), klantreis.out.toString());
    }

    /** Windows line ends are no bad input: the same findings, at the same lines. */
    @Test
    void crlfLineEndsReadLikeLf() throws IOException {
        Path crlf = temp.resolve("loon-op-zand.klantreis");
        Files.writeString(crlf, Files.readString(EXAMPLE).replace("\n", "\r\n"));
        assertEquals(ExitCodes.FINDINGS, klantreis.run("check", "--lang", "en", EXAMPLE.toString()));
        String lf = klantreis.out.toString().replace(EXAMPLE.toString(), "FILE");
        klantreis.out.getBuffer().setLength(0);
        assertEquals(ExitCodes.FINDINGS, klantreis.run("check", "--lang", "en", crlf.toString()));
        assertEquals(lf, klantreis.out.toString().replace(crlf.toString(), "FILE"));
    }

    /** Names in Arabic, Tigrinya (Ge'ez script) and with emoji survive text, XMI and the report. */
    @Test
    void namesInEveryScriptSurvive() throws IOException {
        String arabic = "\u0623\u0645\u064a\u0646\u0629";
        String tigrinya = "\u12e8\u12cd\u1293\u1235";
        String emoji = "Yonas \ud83d\ude42\ud83c\udfe0";
        Path text = Files.writeString(temp.resolve("namen.klantreis"), Files.readString(EXAMPLE)
                .replace("\"Yonas\"", "\"" + emoji + "\"")
                .replace("\"Budgetcoaching\"", "\"" + tigrinya + "\"")
                .replace("\"Huisartsenpraktijk\"", "\"" + arabic + "\""), StandardCharsets.UTF_8);
        Path xmi = temp.resolve("namen.xmi");
        Path back = temp.resolve("terug.klantreis");
        Path report = temp.resolve("namen.html");
        assertEquals(0, klantreis.run("convert", text.toString(), xmi.toString()), klantreis.err.toString());
        assertEquals(0, klantreis.run("convert", xmi.toString(), back.toString()), klantreis.err.toString());
        assertEquals(0, klantreis.run("report", xmi.toString(), "-o", report.toString()), klantreis.err.toString());
        for (Path written : new Path[] { xmi, back, report }) {
            String content = Files.readString(written, StandardCharsets.UTF_8);
            for (String name : new String[] { arabic, tigrinya, emoji }) {
                assertTrue(content.contains(name), written.getFileName() + " keeps " + name);
            }
        }
    }
}
