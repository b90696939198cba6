package dev.goldshop.media.internal;

import dev.goldshop.core.error.ValidationException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Reads an image's header, decodes it upright and writes its re-encoded variants (SECURITY.md
 * UPL-03, UPL-06). Scaling and EXIF orientation are Thumbnailator's; extra formats (WebP,
 * CMYK JPEG) come from TwelveMonkeys ImageIO plug-ins. A variant is drawn from pixels only,
 * so no EXIF, GPS or comment segment of the upload survives.
 */
final class ImageRenderer {
    static {
        // No ImageIO cache files in the JVM's temporary folder: uploads stay in the media root.
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private static final float FULL_QUALITY = 0.92f;
    private static final float SMALL_QUALITY = 0.82f;

    private ImageRenderer() {
    }

    /**
     * An image's dimensions as its header declares them, without decoding any pixel.
     *
     * @param spooled the upload
     * @param type its detected type
     * @param field the field to name in an error
     * @return width and height
     */
    static int[] header(Spooled spooled, StoredType type, String field) {
        try (InputStream in = spooled.open(); ImageInputStream images = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageFormat);
            if (!readers.hasNext()) {
                throw new IllegalStateException("no ImageIO reader for " + type.imageFormat);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(images, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw (IllegalStateException) e;
            }
            throw ValidationException.of(field, "an unreadable " + type.mimeType + " header",
                    "a complete, readable image");
        }
    }

    /**
     * Refuses an image whose header declares more pixels than allowed (a pixel flood), before
     * any pixel is decoded.
     *
     * @param spooled the upload
     * @param type its detected type
     * @param maxPixels the most pixels (width times height) allowed
     * @param field the field to name in an error
     */
    static void requireWithin(Spooled spooled, StoredType type, long maxPixels, String field) {
        int[] size = header(spooled, type, field);
        long pixels = (long) size[0] * size[1];
        if (pixels > maxPixels) {
            throw ValidationException.of(field, size[0] + " x " + size[1] + " pixels (" + pixels + ")",
                    "at most " + maxPixels + " pixels (width times height)");
        }
    }

    /**
     * Decodes the image and turns it upright as its EXIF orientation says.
     *
     * @param spooled the upload, already checked
     * @param type its detected type
     * @param field the field to name in an error
     * @return the pixels
     */
    static BufferedImage decodeUpright(Spooled spooled, StoredType type, String field) {
        try (InputStream in = spooled.open()) {
            return Thumbnails.of(in).scale(1.0).useExifOrientation(true).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of(field, "a " + type.mimeType + " that cannot be decoded",
                    "a complete, readable image");
        }
    }

    /**
     * The type variants are stored in: JPEG for photographs, PNG where transparency or
     * crisp edges matter (PNG, GIF, and WebP with an alpha channel).
     *
     * @param type the upload's type
     * @param image its pixels
     * @return JPEG or PNG
     */
    static StoredType outputType(StoredType type, BufferedImage image) {
        return switch (type) {
            case JPEG -> StoredType.JPEG;
            case WEBP -> image.getColorModel().hasAlpha() ? StoredType.PNG : StoredType.JPEG;
            default -> StoredType.PNG;
        };
    }

    /**
     * Writes one variant.
     *
     * @param image the upright pixels
     * @param maxEdge the longest edge allowed, or 0 for the full size
     * @param output JPEG or PNG
     * @param out where to write
     * @throws IOException if writing fails
     */
    static void write(BufferedImage image, int maxEdge, StoredType output, OutputStream out) throws IOException {
        Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image);
        boolean shrink = maxEdge > 0 && (image.getWidth() > maxEdge || image.getHeight() > maxEdge);
        if (shrink) {
            builder.size(maxEdge, maxEdge).keepAspectRatio(true);
        } else {
            builder.scale(1.0);
        }
        builder.outputFormat(output == StoredType.JPEG ? "jpg" : "png");
        if (output == StoredType.JPEG) {
            builder.outputQuality(maxEdge == 0 ? FULL_QUALITY : SMALL_QUALITY);
        }
        builder.toOutputStream(out);
    }

    /**
     * The size of a variant, for the stored row.
     *
     * @param image the upright pixels
     * @param maxEdge the longest edge allowed, or 0
     * @return width and height
     */
    static int[] scaledSize(BufferedImage image, int maxEdge) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (maxEdge <= 0 || (w <= maxEdge && h <= maxEdge)) {
            return new int[] {w, h};
        }
        double scale = Math.min((double) maxEdge / w, (double) maxEdge / h);
        return new int[] {Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale))};
    }
}
