package nl.klantreis.dsl.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

import nl.klantreis.rules.Fix;
import nl.klantreis.rules.KlantreisRuleValidator;
import nl.klantreis.rules.ModelProblems;
import nl.klantreis.rules.RuleDiagnostic;

/**
 * Turns the rule catalogue's findings into Xtext issues whose code is the rule id
 * ({@code KR-INTERPRETER-01}) and whose data carry the fix: the URI of the element to change,
 * the feature, and the new value, for quick fixes in any editor.
 */
public class KlantreisDiagnosticConverter extends DiagnosticConverterImpl {

    /** The code of a problem with a model's rule settings (an unknown rule, a threshold out of range). */
    public static final String RULE_SETTING = "KR-SETTING";

    /** EMF's structural problems in the reader's words; an unresolved reference only once (the linker's). */
    @Override
    public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
        ModelProblems.readable(diagnostic, Locale.getDefault()).ifPresent(readable -> super.convertValidatorDiagnostic(readable, acceptor));
    }

    /** The rule id; for a problem with the model's rule settings, {@link #RULE_SETTING}. */
    @Override
    protected String getIssueCode(Diagnostic diagnostic) {
        if (diagnostic instanceof RuleDiagnostic finding) {
            return finding.ruleId();
        }
        return KlantreisRuleValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) ? RULE_SETTING : super.getIssueCode(diagnostic);
    }

    @Override
    protected String[] getIssueData(Diagnostic diagnostic) {
        if (diagnostic instanceof RuleDiagnostic finding && finding.fix().isPresent()) {
            Fix fix = finding.fix().get();
            // Fixes set attributes, so the feature's type is a data type; a list's values are joined by spaces.
            EDataType type = (EDataType) fix.feature().getEType();
            String value = fix.value() instanceof Collection<?> values
                    ? values.stream().map(one -> EcoreUtil.convertToString(type, one)).collect(Collectors.joining(" "))
                    : EcoreUtil.convertToString(type, fix.value());
            return new String[] { EcoreUtil.getURI(fix.element()).toString(), fix.feature().getName(), value };
        }
        return super.getIssueData(diagnostic);
    }
}
