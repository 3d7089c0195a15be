package nl.rechtshulp.referencedata;

/** The treaty register cannot be read as it stands; the message names the file and the line to correct. */
public class InvalidTreatyRegisterException extends RuntimeException {

    InvalidTreatyRegisterException(String file, int line, String problem) {
        super(file + " line " + line + ": " + problem);
    }
}
