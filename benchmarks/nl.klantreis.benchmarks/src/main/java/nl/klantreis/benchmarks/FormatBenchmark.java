/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
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
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/**
 * What the language server does when an editor asks to format a large, already formatted
 * file, and, side by side, what it does when it validates that file: the formatter should
 * cost no more than a small multiple of validation (goal: formatting within a second).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class FormatBenchmark {

    /** About 19,000 lines of formatted text. */
    @Param({ "1450" })
    public int touchpoints;

    Injector injector;
    XtextResource resource;
    int lines;

    @Setup
    public void setUp() throws IOException {
        injector = KlantreisStandaloneSetup.doSetup();
        XtextResource out = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("memory:/out.klantreis"));
        out.getContents().add(SyntheticMunicipality.generate(touchpoints, 42));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        out.save(text, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
        lines = text.toString().split("\n").length;
        resource = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("memory:/m.klantreis"));
        resource.load(new ByteArrayInputStream(text.toByteArray()), Map.of());
    }

    /** The edits formatting asks for (none, for a formatted file), as the language server computes them. */
    @Benchmark
    public List<ITextReplacement> format() {
        FormatterRequest request = injector.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
        return injector.getInstance(IFormatter2.class).format(request);
    }

    /** Validation of the same file, syntax to rules, as the language server runs it on every change. */
    @Benchmark
    public List<Issue> validate() {
        return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }
}
