/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser.antlr;

import com.google.inject.Inject;
import nl.klantreis.dsl.parser.antlr.internal.InternalKlantreisParser;
import nl.klantreis.dsl.services.KlantreisGrammarAccess;
import org.eclipse.xtext.parser.antlr.AbstractAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

public class KlantreisParser extends AbstractAntlrParser {

	@Inject
	private KlantreisGrammarAccess grammarAccess;

	@Override
	protected void setInitialHiddenTokens(XtextTokenStream tokenStream) {
		tokenStream.setInitialHiddenTokens("RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT");
	}
	

	@Override
	protected InternalKlantreisParser createParser(XtextTokenStream stream) {
		return new InternalKlantreisParser(stream, getGrammarAccess());
	}

	@Override 
	protected String getDefaultRuleName() {
		return "JourneyModel";
	}

	public KlantreisGrammarAccess getGrammarAccess() {
		return this.grammarAccess;
	}

	public void setGrammarAccess(KlantreisGrammarAccess grammarAccess) {
		this.grammarAccess = grammarAccess;
	}
}
