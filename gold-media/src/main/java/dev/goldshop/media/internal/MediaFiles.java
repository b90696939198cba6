package dev.goldshop.media.internal;

import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.media.BlobStore;
import dev.goldshop.media.ImageEntity;
import dev.goldshop.media.MediaContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/** Writing, opening and removing the files behind image rows. */
final class MediaFiles {
    private final MediaEnvironment env;

    MediaFiles(MediaEnvironment env) {
        this.env = env;
    }

    /** Writes one file and remembers it, so that a later failure can delete everything written. */
    BlobStore.StoredBlob write(List<String> written, String path, BlobStore.BlobWriter writer) {
        BlobStore.StoredBlob blob = env.write(path, writer);
        written.add(blob.path());
        return blob;
    }

    MediaContent open(String path, String mimeType, String fileName) {
        try {
            long size = env.blobs.stat(path).orElseThrow(() -> new NoSuchFileException(path)).size();
            InputStream in = env.blobs.open(path);
            return new MediaContent(in, mimeType, size, fileName);
        } catch (NoSuchFileException e) {
            throw new NotFoundException("file", path);
        } catch (IOException e) {
            throw new dev.goldshop.core.error.StorageException(dev.goldshop.core.error.ErrorCode.STORAGE_UNAVAILABLE,
                    "could not open " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes an image's row (the entity's lock is held); when it was the primary photo the
     * next photo in the gallery takes its place.
     *
     * @param tx the transaction
     * @param row the image
     * @return the paths of its files, to delete after commit
     */
    List<String> remove(Tx tx, ImageRow row) {
        ImageMapper images = tx.mapper(ImageMapper.class);
        ImageEntity entity = ImageStoreService.entityOf(row);
        EntityLinks.release(tx, entity, row.entityId);
        images.delete(row.id);
        if (row.primary) {
            images.selectByEntity(row.entityType, row.entityId).stream()
                    .filter(r -> "photo".equals(r.imageRole)).findFirst()
                    .ifPresent(next -> images.markPrimary(next.id, env.now()));
        }
        EntityLinks.refresh(tx, entity, row.entityId);
        List<String> paths = new ArrayList<>();
        paths.add(row.filePath);
        paths.add(row.compressedPath);
        paths.add(row.thumbnailPath);
        return paths;
    }
}
