/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.sirius.common.tools.api.interpreter.EvaluationException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.transaction.RecordingCommand;
import org.eclipse.emf.transaction.TransactionalEditingDomain;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.business.api.dialect.DialectManager;
import org.eclipse.sirius.business.api.dialect.command.CreateRepresentationCommand;
import org.eclipse.sirius.business.api.session.DefaultLocalSessionCreationOperation;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.business.api.session.ViewpointSelector;
import org.eclipse.sirius.tools.api.command.semantic.AddSemanticResourceCommand;
import org.eclipse.sirius.viewpoint.DRepresentation;
import org.eclipse.sirius.viewpoint.description.RepresentationDescription;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import nl.klantreis.design.KlantreisDesignPlugin;
import nl.klantreis.design.MappingNames;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.model.io.KlantreisResources;

/**
 * A Sirius session on a copy of a klantreis model with the Klantreis viewpoint selected, as
 * *Viewpoints Selection* makes it in Eclipse. Saving a session saves its model, so a session
 * is only ever opened on a copy.
 */
public final class SiriusSession implements AutoCloseable {

    public static final Path ROOT = Path.of(System.getProperty("klantreis.root", "../.."));
    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    public final Session session;
    public final TransactionalEditingDomain domain;
    public final JourneyModel model;

    private SiriusSession(Session session) {
        this.session = session;
        this.domain = session.getTransactionalEditingDomain();
        Resource semantic = session.getSemanticResources().iterator().next();
        this.model = (JourneyModel) semantic.getContents().get(0);
    }

    /** Opens a session on {@code model} (XMI) written into {@code folder}. */
    public static SiriusSession open(JourneyModel model, Path folder) throws Exception {
        Path xmi = folder.resolve("model.xmi");
        Resource copy = KlantreisResources.newResourceSet().createResource(URI.createFileURI(xmi.toString()));
        copy.getContents().add(model);
        copy.save(Map.of());
        return openXmi(xmi);
    }

    /** Opens a session on a copy of an example: its XMI, or its text written as XMI. */
    public static SiriusSession openExample(Path example, Path folder) throws Exception {
        return open(ExampleModels.load(example), folder);
    }

    private static SiriusSession openXmi(Path xmi) throws Exception {
        URI aird = URI.createFileURI(xmi.resolveSibling("representations.aird").toString());
        DefaultLocalSessionCreationOperation creation = new DefaultLocalSessionCreationOperation(aird, MONITOR);
        creation.execute();
        Session session = creation.getCreatedSession();
        TransactionalEditingDomain domain = session.getTransactionalEditingDomain();
        domain.getCommandStack().execute(
                new AddSemanticResourceCommand(session, URI.createFileURI(xmi.toString()), MONITOR));
        Viewpoint klantreis = klantreisViewpoint();
        domain.getCommandStack().execute(new RecordingCommand(domain) {
            @Override
            protected void doExecute() {
                new ViewpointSelector(session).selectViewpoint(klantreis, false, MONITOR);
            }
        });
        return new SiriusSession(session);
    }

    /** Selects another registered viewpoint as well, as *Viewpoints Selection* does (an extension's, for example). */
    public void selectViewpoint(String name) {
        Viewpoint viewpoint = ViewpointRegistry.getInstance().getViewpoints().stream()
                .filter(candidate -> name.equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no viewpoint " + name + " is registered"));
        execute(new RecordingCommand(domain) {
            @Override
            protected void doExecute() {
                new ViewpointSelector(session).selectViewpoint(viewpoint, false, MONITOR);
            }
        });
    }

    /** The viewpoint as the design bundle registered it with Sirius. */
    static Viewpoint klantreisViewpoint() throws BundleException {
        FrameworkUtil.getBundle(KlantreisDesignPlugin.class).start();
        return ViewpointRegistry.getInstance().getViewpoints().stream()
                .filter(viewpoint -> MappingNames.VIEWPOINT.equals(viewpoint.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("the Klantreis viewpoint is not registered"));
    }

    /**
     * Creates the representation {@code descriptionName} of {@code semantic} and refreshes it, as
     * the editor does when it opens it (Sirius 7.5 computes a new table column's header only then).
     */
    public <T extends DRepresentation> T create(String descriptionName, EObject semantic) {
        Collection<RepresentationDescription> available = DialectManager.INSTANCE
                .getAvailableRepresentationDescriptions(session.getSelectedViewpoints(false), semantic);
        RepresentationDescription description = available.stream()
                .filter(candidate -> descriptionName.equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(descriptionName + " is not available on " + semantic));
        // named as Sirius's "New representation" names it: by the description's title expression
        String name = description.getTitleExpression() == null || description.getTitleExpression().isEmpty() ? descriptionName
                : evaluate(semantic, description.getTitleExpression());
        CreateRepresentationCommand creation = new CreateRepresentationCommand(session, description, semantic, name, MONITOR);
        execute(creation);
        @SuppressWarnings("unchecked")
        T created = (T) creation.getCreatedRepresentation();
        refresh(created);
        return created;
    }

    private String evaluate(EObject semantic, String expression) {
        try {
            return session.getInterpreter().evaluateString(semantic, expression);
        } catch (EvaluationException e) {
            throw new AssertionError("the title expression " + expression + " fails on " + semantic, e);
        }
    }

    void refresh(DRepresentation representation) {
        execute(new RecordingCommand(domain) {
            @Override
            protected void doExecute() {
                DialectManager.INSTANCE.refresh(representation, MONITOR);
            }
        });
    }

    /** Runs a command on the session's command stack; fails when it cannot run. */
    public void execute(Command command) {
        if (!command.canExecute()) {
            throw new AssertionError("cannot run: " + command.getLabel());
        }
        domain.getCommandStack().execute(command);
    }

    /** The second touchpoint of the first journey, its organisation unset as if nobody had recorded it. */
    public Touchpoint withoutOrganisation() {
        Touchpoint second = model.getJourneys().get(0).getPhases().get(0).getTouchpoints().get(1);
        execute(SetCommand.create(domain, second, KlantreisPackage.Literals.TOUCHPOINT__ORGANISATION, SetCommand.UNSET_VALUE));
        return second;
    }

    public void undo() {
        domain.getCommandStack().undo();
    }

    @Override
    public void close() throws IOException {
        session.close(MONITOR);
    }

    public static Path example(String name) {
        Path folder = ROOT.resolve("examples").resolve(name);
        Path xmi = folder.resolve(name + ".xmi");
        return Files.exists(xmi) ? xmi : folder.resolve(name + ".klantreis");
    }
}
