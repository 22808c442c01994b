package nl.klantreis.rules.catalogue;

import java.util.regex.Pattern;

import nl.klantreis.model.Severity;

/**
 * KR-PRIVACY-05: a date of birth in free text: a full date after words that say it is one
 * ("geboren", "geboortedatum", "born", "date of birth"). A date alone is not flagged: a
 * journey names the dates of its appointments.
 */
public final class DateOfBirthRule extends PersonalDataRule {

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec"
            + "|january|february|march|may|june|july|august|october|mar|oct";
    private static final String DATE = "(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}"
            + "|\\d{1,2}\\.? (?:" + MONTHS + ")\\.? (?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}-\\d{2}-\\d{2})";
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "\\b(?:geboren|geb\\.|geboortedatum|geboortedag|born|birth ?date|date of birth|d\\.?o\\.?b\\.?)"
                    + "[^\\d\\n]{0,20}" + DATE + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public DateOfBirthRule() {
        super("KR-PRIVACY-05", Severity.WARNING);
    }

    @Override
    protected boolean holds(String text) {
        return BIRTH_DATE.matcher(text).find();
    }
}
