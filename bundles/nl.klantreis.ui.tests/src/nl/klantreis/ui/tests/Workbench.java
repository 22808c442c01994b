/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The running workbench as a test sees it: its page, its event loop, screenshots of what it shows. */
final class Workbench {

    /** Where screenshots go: build output, looked at after a run. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("klantreis.screenshots", "target/screenshots"));

    private Workbench() {
    }

    /** The workbench window's page, the window sized as on a facilitator's laptop screen. */
    static IWorkbenchPage page() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window.getShell().getSize().x < 1600) {
            window.getShell().setBounds(0, 0, 1600, 1000);
        }
        return window.getActivePage();
    }

    /**
     * Lets the workbench do what it queued (layout, painting, work posted to the UI thread by
     * jobs) until the event queue has been quiet for 300 ms, two seconds at most: a workbench
     * may never fall quiet (GTK relayouts a toolbar again and again), so callers that wait for
     * something wait for it by name ({@link #waitUntil}).
     */
    static void settle() {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 2_000;
        long quietSince = System.currentTimeMillis();
        int[] ticks = { 0 };
        while (System.currentTimeMillis() < deadline && System.currentTimeMillis() - quietSince < 300) {
            int dispatched = 0;
            while (display.readAndDispatch()) {
                dispatched++;
            }
            // the wake-up timer below is one event per round; anything more is the workbench's
            if (dispatched > ticks[0]) {
                quietSince = System.currentTimeMillis();
            }
            ticks[0] = 0;
            display.timerExec(20, () -> ticks[0]++);
            display.sleep();
        }
    }

    /** Lets the workbench run until {@code condition} holds; fails after thirty seconds. */
    static void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, () -> what);
    }

    /** As {@link #waitUntil(BooleanSupplier, String)}, saying what there is instead when it fails. */
    static void waitUntil(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited thirty seconds for " + what.get());
            }
            settle();
        }
    }

    /** Lets the workbench run until {@code found} finds something, and returns it; fails after thirty seconds. */
    static <T> T waitFor(Supplier<T> found, String what) {
        Object[] it = { null };
        waitUntil(() -> (it[0] = found.get()) != null, what);
        @SuppressWarnings("unchecked")
        T result = (T) it[0];
        return result;
    }

    /** The texts the active window shows in labels, its status line's message (or the error over it) among them. */
    static String statusLine() {
        StringBuilder texts = new StringBuilder();
        collectLabels(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), texts);
        return texts.toString();
    }

    private static void collectLabels(Control control, StringBuilder texts) {
        if (control instanceof CLabel label && label.isVisible() && label.getText() != null) {
            texts.append(label.getText()).append('\n');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, texts);
            }
        }
    }

    /** Closes every editor without saving: the tests work on copies. */
    static void closeEditors() {
        page().closeAllEditors(false);
        settle();
    }

    /** A PNG of a control as it is on the screen now. */
    static Path screenshot(Control control, String name) throws IOException {
        settle();
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(control);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
