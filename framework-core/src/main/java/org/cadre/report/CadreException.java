package org.cadre.report;

/**
 * The one unchecked exception Cadre throws: for programming errors in the use of the API and for I/O
 * that failed. Problems in a document are never thrown; they are {@link Issue issues} in a {@link Report}.
 */
public class CadreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message. */
    public CadreException(String message) {
        super(message);
    }

    /** An exception with a message and a cause. */
    public CadreException(String message, Throwable cause) {
        super(message, cause);
    }
}
