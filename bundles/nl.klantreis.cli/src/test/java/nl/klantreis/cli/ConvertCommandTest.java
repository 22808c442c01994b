/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code klantreis convert} and {@code klantreis render}. */
class ConvertCommandTest {

    private static final Path XMI = ModelOutsideOsgiTest.ROOT.resolve("bundles/nl.klantreis.model.tests/resources/loon-op-zand.xmi");

    @TempDir
    Path temp;

    private final CommandRunner klantreis = new CommandRunner();

    @Test
    void xmiToTextAndBackIsTheSameFile() throws IOException {
        Path text = temp.resolve("m.klantreis");
        Path back = temp.resolve("m.xmi");
        assertEquals(0, klantreis.run("convert", XMI.toString(), text.toString()), klantreis.err.toString());
        assertTrue(Files.readString(text).startsWith("model loon-op-zand"));
        assertEquals(0, klantreis.run("convert", text.toString(), back.toString()), klantreis.err.toString());
        assertEquals(Files.readString(XMI), Files.readString(back));
    }

    /** XMI may leave out what the notation requires: converting says what, in the user's language, and writes nothing. */
    @Test
    void aModelTheNotationCannotWriteIsNamedNotHalfWritten() throws IOException {
        Path xmi = Files.writeString(temp.resolve("zonder.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <klantreis:JourneyModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:klantreis="https://klantreis.nl/model/1.0" id="m">
                  <personas id="p"/>
                  <journeys id="j" persona="p"/>
                </klantreis:JourneyModel>
                """);
        Path text = temp.resolve("zonder.klantreis");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("convert", "--lang", "nl", xmi.toString(), text.toString()));
        String err = klantreis.err.toString();
        assertTrue(err.contains(xmi + ": Klantreis \u2018j\u2019 heeft geen levensgebeurtenis: vul dit aan."), err);
        assertTrue(err.contains("kan niet als tekst worden geschreven"), err);
        assertTrue(!err.contains("Exception") && !Files.exists(text), err);
    }

    /** A value written on purpose although it is the default stays written; one left out stays out. */
    @Test
    void whatWasRecordedSurvivesXmiTextXmi() throws IOException {
        Path xmi = Files.writeString(temp.resolve("waarden.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <klantreis:JourneyModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:klantreis="https://klantreis.nl/model/1.0" id="m">
                  <organisations id="o" kind="CUSTOMER_CONTACT_CENTRE"/>
                  <personas id="p" dutchLevel="NONE"/>
                  <journeys id="j" kind="ACTUAL" status="DRAFT" persona="p">
                    <trigger/>
                    <phases id="f">
                      <touchpoints id="t" organisation="o" channel="COUNTER" initiator="RESIDENT" emotion="0"/>
                      <touchpoints id="u" organisation="o"/>
                    </phases>
                    <handovers source="t" target="u"/>
                  </journeys>
                </klantreis:JourneyModel>
                """);
        Path text = temp.resolve("waarden.klantreis");
        Path back = temp.resolve("terug.xmi");
        assertEquals(0, klantreis.run("convert", xmi.toString(), text.toString()), klantreis.err.toString());
        String written = Files.readString(text);
        assertTrue(written.contains("channel COUNTER") && written.contains("initiated by RESIDENT") && written.contains("emotion 0")
                && written.contains("kind ACTUAL") && written.contains("dutch NONE") && written.contains("handover t -> u\n"), written);
        assertEquals(0, klantreis.run("convert", text.toString(), back.toString()), klantreis.err.toString());
        assertEquals(Files.readString(xmi), Files.readString(back));
    }

    @Test
    void unknownTargetFormatIsAUsageProblem() {
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("convert", XMI.toString(), temp.resolve("m.json").toString()));
        assertTrue(klantreis.err.toString().contains(".klantreis"), klantreis.err.toString());
    }

    @Test
    void renderWritesTheJourneyMap() throws IOException {
        Path svg = temp.resolve("kaart.svg");
        assertEquals(0, klantreis.run("render", XMI.toString(), "--journey", "aankomst", "-o", svg.toString()), klantreis.err.toString());
        assertTrue(Files.readString(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-map\""));
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("render", XMI.toString(), "--journey", "nergens", "-o",
                temp.resolve("x.svg").toString()));
    }
}
