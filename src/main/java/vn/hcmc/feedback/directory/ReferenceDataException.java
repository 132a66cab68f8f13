package vn.hcmc.feedback.directory;

/** A reference-data file is missing or malformed; the message names the file and, where known, the line. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
