package nl.rechtshulp.documents;

import java.nio.charset.StandardCharsets;

/**
 * Office documents (OOXML, OpenDocument) are zip files; an archive only takes their name. Their first zip entry
 * tells them apart: {@code [Content_Types].xml} for OOXML (in practice always first) and {@code mimetype} for
 * OpenDocument (first by its specification).
 */
final class OfficeContainers {

    private static final int NAME_LENGTH_OFFSET = 26;
    private static final int NAME_OFFSET = 30;

    private OfficeContainers() {
    }

    static boolean fits(String claimedType, byte[] head) {
        String firstEntry = firstEntryName(head);
        if (claimedType.startsWith("application/vnd.openxmlformats-officedocument.")) {
            return "[Content_Types].xml".equals(firstEntry);
        }
        if (claimedType.startsWith("application/vnd.oasis.opendocument.")) {
            return "mimetype".equals(firstEntry);
        }
        return false;
    }

    private static String firstEntryName(byte[] head) {
        if (head.length < NAME_OFFSET) {
            return null;
        }
        int length = (head[NAME_LENGTH_OFFSET] & 0xff) | (head[NAME_LENGTH_OFFSET + 1] & 0xff) << 8;
        if (NAME_OFFSET + length > head.length) {
            return null;
        }
        return new String(head, NAME_OFFSET, length, StandardCharsets.UTF_8);
    }
}
