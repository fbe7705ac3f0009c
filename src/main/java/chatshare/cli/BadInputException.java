package chatshare.cli;

/** Bad input that is not a config error (e.g. an unwritable output directory): exit code 2. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
