/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Every {@code klantreis} command: {@link #call()} gives the command the language chosen once
 * for the whole command line ({@link KlantreisCommand#texts()}), and the command does its own
 * work in {@link #doCall(Texts)}, returning one of the {@link ExitCodes}.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return doCall(((KlantreisCommand) spec.root().userObject()).texts());
    }

    /** The command's work, in the language of {@code texts}; throws a {@link UserError} for what the user must change. */
    abstract int doCall(Texts texts) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
