package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

class GuiCommandTest {
    @Test
    void anUnknownLanguageIsRefusedBeforeAnythingOpens() {
        Cli c = Cli.run("gui", "--lang", "de");
        assertEquals(2, c.exitCode, c.toString());
        assertEquals("error: --lang: the GUI speaks en (English) or nl (Dutch), not 'de'\n", c.err);
    }

    @Test
    void aBrokenScenarioIsReportedAsForRun() {
        Cli c = Cli.run("gui", "klasroom");
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("did you mean 'classroom'?"), c.err);
    }

    @Test
    void withoutAScreenTheGuiSaysWhatToDo() {
        // With a screen this would open the real GUI and wait for it to close.
        assumeTrue(GraphicsEnvironment.isHeadless(), "a display is available");
        Cli c = Cli.run("gui");
        assertEquals(1, c.exitCode, c.toString());
        assertTrue(c.err.contains("no screen to open the GUI on"), c.err);
        assertTrue(c.err.contains("xvfb-run"), c.err);
        assertFalse(c.err.contains("\tat "), c.err);
    }
}
