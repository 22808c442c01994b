package nl.klantreis.dsl.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;

import nl.klantreis.rules.Fix;
import nl.klantreis.rules.RuleDiagnostic;

/**
 * Turns the rule catalogue's findings into Xtext issues whose code is the rule id
 * ({@code KR-INTERPRETER-01}) and whose data carry the fix: the URI of the element to change,
 * the feature, and the new value, for quick fixes in any editor.
 */
public class KlantreisDiagnosticConverter extends DiagnosticConverterImpl {

    @Override
    protected String getIssueCode(Diagnostic diagnostic) {
        return diagnostic instanceof RuleDiagnostic finding ? finding.ruleId() : super.getIssueCode(diagnostic);
    }

    @Override
    protected String[] getIssueData(Diagnostic diagnostic) {
        if (diagnostic instanceof RuleDiagnostic finding && finding.fix().isPresent()) {
            Fix fix = finding.fix().get();
            // Fixes set attributes, so the feature's type is a data type.
            return new String[] { EcoreUtil.getURI(fix.element()).toString(), fix.feature().getName(),
                    EcoreUtil.convertToString((EDataType) fix.feature().getEType(), fix.value()) };
        }
        return super.getIssueData(diagnostic);
    }
}
