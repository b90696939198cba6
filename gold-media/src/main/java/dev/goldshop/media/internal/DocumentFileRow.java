package dev.goldshop.media.internal;

import java.util.UUID;

/** The file facts of one {@code customer_documents} row. */
public final class DocumentFileRow {
    /** Id. */
    public UUID id;
    /** The customer. */
    public UUID customerId;
    /** The document's name. */
    public String documentName;
    /** Path relative to the media root. */
    public String filePath;
    /** Size in bytes. */
    public long fileSize;
    /** Stored MIME type. */
    public String mimeType;
}
