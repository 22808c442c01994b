package nl.klantreis.cli;

/** A problem with what the user asked or gave, told as a message and exit code 2. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
