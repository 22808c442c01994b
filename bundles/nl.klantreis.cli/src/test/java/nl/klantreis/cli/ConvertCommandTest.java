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

    private static final Path XMI = ModelOutsideOsgiTest.ROOT.resolve("examples/loon-op-zand/loon-op-zand.xmi");

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

    @Test
    void unknownTargetFormatIsAUsageProblem() {
        assertEquals(KlantreisCommand.BAD_INPUT, klantreis.run("convert", XMI.toString(), temp.resolve("m.json").toString()));
        assertTrue(klantreis.err.toString().contains(".klantreis"), klantreis.err.toString());
    }

    @Test
    void renderWritesTheJourneyMap() throws IOException {
        Path svg = temp.resolve("kaart.svg");
        assertEquals(0, klantreis.run("render", XMI.toString(), "--journey", "aankomst", "-o", svg.toString()), klantreis.err.toString());
        assertTrue(Files.readString(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-map\""));
        assertEquals(KlantreisCommand.BAD_INPUT, klantreis.run("render", XMI.toString(), "--journey", "nergens", "-o",
                temp.resolve("x.svg").toString()));
    }
}
