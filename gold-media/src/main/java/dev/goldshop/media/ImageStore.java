package dev.goldshop.media;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pictures of pieces, categories, customers and users. Obtain it with
 * {@code shop.facade(ImageStore.class)} once {@link MediaModule} is added to the engine.
 *
 * <p>An upload is checked before anything is kept: its size on the stream, its type from its
 * bytes (JPEG, PNG, WebP or GIF; never the client's word), its declared dimensions (pixel
 * floods are refused before decoding), scripts hidden in it, and the optional scanner. It is
 * then turned upright, re-encoded without EXIF or GPS data, and stored in three variants. The
 * entity's columns ({@code inventory_items.primary_image_id} and {@code gallery_images},
 * the category's {@code image_url}, {@code thumbnail_url} and {@code icon_image_url}, the
 * customer's and user's {@code profile_image_id}) always follow its images.
 */
public interface ImageStore {
    /**
     * Uploads a picture. The same content uploaded again for the same entity and role is not
     * stored twice: the existing image is returned. The first photo of an entity becomes its
     * primary one. Needs {@link Permissions#IMAGE_UPLOAD}.
     *
     * @param ctx who calls
     * @param upload what the picture is for
     * @param content the bytes; read to the end or to the size limit, not closed
     * @return the stored image
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException for bad metadata, a file too large, a type not accepted, a
     *     pixel flood or hidden content; nothing is stored and the attempt is audited
     * @throws NotFoundException if the entity does not exist
     * @throws BusinessRuleException if the uploader's daily quota is used up, or the entity
     *     cannot take pictures (an erased customer)
     * @throws StorageException if the disk is full or fails; nothing is kept
     */
    Image upload(CallContext ctx, ImageUpload upload, InputStream content);

    /**
     * One image. Needs {@link Permissions#IMAGE_READ}.
     *
     * @param ctx who calls
     * @param imageId the image
     * @return the image, or empty
     * @throws PermissionDeniedException if the permission is missing
     */
    Optional<Image> find(CallContext ctx, UUID imageId);

    /**
     * An entity's images: the icon (if any) first, then photos in gallery order. Needs
     * {@link Permissions#IMAGE_READ}.
     *
     * @param ctx who calls
     * @param entity the kind of thing
     * @param entityId which one
     * @return the images
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if an argument is missing
     */
    List<Image> list(CallContext ctx, ImageEntity entity, UUID entityId);

    /**
     * Makes a photo its entity's primary one (and the entity's link points to it). Exactly one
     * photo per entity is primary, also under concurrent calls. Needs
     * {@link Permissions#IMAGE_UPLOAD}.
     *
     * @param ctx who calls
     * @param imageId the photo
     * @return the photo, now primary
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if there is no such image
     * @throws BusinessRuleException if it is an icon
     */
    Image setPrimary(CallContext ctx, UUID imageId);

    /**
     * Puts an entity's photos in a new order (the gallery follows). Needs
     * {@link Permissions#IMAGE_UPLOAD}.
     *
     * @param ctx who calls
     * @param entity the kind of thing
     * @param entityId which one
     * @param orderedImageIds every photo of the entity, each once, in the new order
     * @return the photos in their new order
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the list is not exactly the entity's photos
     */
    List<Image> reorder(CallContext ctx, ImageEntity entity, UUID entityId, List<UUID> orderedImageIds);

    /**
     * Changes an image's alt text. Needs {@link Permissions#IMAGE_UPLOAD}.
     *
     * @param ctx who calls
     * @param imageId the image
     * @param altText the new text, at most 255 characters, or {@code null}
     * @param version the version the caller read
     * @return the image as changed
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if there is no such image
     * @throws ConflictException if it changed since {@code version} was read
     */
    Image updateAltText(CallContext ctx, UUID imageId, String altText, long version);

    /**
     * Deletes an image, its files and its links. When the primary photo goes, the next photo
     * in the gallery becomes primary. Needs {@link Permissions#IMAGE_DELETE}.
     *
     * @param ctx who calls
     * @param imageId the image
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if there is no such image
     */
    void delete(CallContext ctx, UUID imageId);

    /**
     * Opens one variant. Needs {@link Permissions#IMAGE_READ}; reading a customer's photo is
     * audited (personal data).
     *
     * @param ctx who calls
     * @param imageId the image
     * @param variant which file
     * @return the open content; close it
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if there is no such image or its file is missing
     */
    MediaContent open(CallContext ctx, UUID imageId, ImageVariant variant);

    /**
     * A signed token that lets a host serve one variant over HTTP until it expires, verified by
     * {@link #openSigned} with a key, without a database read. Needs {@link Permissions#IMAGE_READ}.
     *
     * @param ctx who calls
     * @param imageId the image
     * @param variant which file
     * @param validFor how long the token works, 1 second to 7 days
     * @return the token, URL-safe
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if there is no such image
     * @throws ValidationException if {@code validFor} is out of range
     */
    String signedToken(CallContext ctx, UUID imageId, ImageVariant variant, Duration validFor);

    /**
     * Opens the file a signed token names. The token is the credential: no {@link CallContext}
     * and no database read.
     *
     * @param token a token from {@link #signedToken}
     * @return the open content; close it
     * @throws AuthenticationException if the token is malformed, forged or expired
     * @throws NotFoundException if the file was deleted since
     */
    MediaContent openSigned(String token);
}
