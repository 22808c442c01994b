/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.google.inject.Injector;

import nl.klantreis.dsl.KlantreisStandaloneSetup;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.model.synthetic.SyntheticMunicipality;
import nl.klantreis.rules.KlantreisRules;

/**
 * Loading one synthetic model from its text and from its XMI, side by side: read, resolve
 * every reference, validate with the rule catalogue. Run it with JMH's {@code -gc true}, so
 * that every load starts on a clean heap, as a load by the command line does; otherwise the
 * collection of an earlier iteration's model lands in a later one. The heap has a fixed size
 * for the same reason: growing it would be billed to whichever load makes it grow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xms12g", "-Xmx12g" })
public class LoadBenchmark {

    @Param({ "100000" })
    public int touchpoints;

    byte[] text;
    byte[] xmi;
    Injector injector;
    Diagnostician diagnostician;

    @Setup
    public void setUp() throws IOException {
        injector = KlantreisStandaloneSetup.doSetup();
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(KlantreisPackage.eINSTANCE, KlantreisRules.validator());
        diagnostician = new Diagnostician(registry);
        // Unformatted: the formatter is not what is measured, and on 100,000 touchpoints it takes minutes.
        text = save(injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("memory:/m.klantreis")),
                Map.of());
        xmi = save(KlantreisResources.newResourceSet().createResource(URI.createURI("memory:/m.xmi")), Map.of());
    }

    private byte[] save(Resource resource, Map<?, ?> options) throws IOException {
        resource.getContents().add(SyntheticMunicipality.generate(touchpoints, 42));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, options);
        return out.toByteArray();
    }

    @Benchmark
    public Diagnostic fromText() throws IOException {
        Resource resource = injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("memory:/m.klantreis"));
        resource.load(new ByteArrayInputStream(text), Map.of());
        EcoreUtil.resolveAll(resource);
        return diagnostician.validate(resource.getContents().get(0));
    }

    @Benchmark
    public Diagnostic fromXmi() throws IOException {
        Resource resource = KlantreisResources.newResourceSet().createResource(URI.createURI("memory:/m.xmi"));
        resource.load(new ByteArrayInputStream(xmi), KlantreisResources.loadOptions());
        EcoreUtil.resolveAll(resource);
        return diagnostician.validate(resource.getContents().get(0));
    }
}
