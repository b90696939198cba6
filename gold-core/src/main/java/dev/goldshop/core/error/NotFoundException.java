package dev.goldshop.core.error;

/**
 * The requested entity does not exist, or the caller may not know that it exists.
 */
public class NotFoundException extends GoldShopException {
    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final String entityId;

    /**
     * Creates the exception for an entity looked up by id.
     *
     * @param entityType the kind of entity, for example {@code "customer"}
     * @param entityId the id that was not found
     */
    public NotFoundException(String entityType, Object entityId) {
        this(ErrorCode.NOT_FOUND, entityType, entityId, null);
    }

    /**
     * Creates the exception with an explicit code and cause.
     *
     * @param code the stable error code
     * @param entityType the kind of entity
     * @param entityId the id that was not found
     * @param cause the underlying failure, or {@code null}
     */
    public NotFoundException(ErrorCode code, String entityType, Object entityId, Throwable cause) {
        super(code, "No " + entityType + " with id " + entityId, cause);
        this.entityType = entityType;
        this.entityId = String.valueOf(entityId);
    }

    /**
     * The kind of entity that was not found.
     *
     * @return for example {@code "customer"}
     */
    public String entityType() {
        return entityType;
    }

    /**
     * The id that was not found, as text.
     *
     * @return the id
     */
    public String entityId() {
        return entityId;
    }
}
