package dev.goldshop.media;

import dev.goldshop.engine.spi.CustomerDocumentRecords;
import dev.goldshop.engine.spi.GoldShopModule;
import dev.goldshop.media.internal.DocumentFilesService;
import dev.goldshop.media.internal.FileCleanup;
import dev.goldshop.media.internal.ImageMapper;
import dev.goldshop.media.internal.ImageStoreService;
import dev.goldshop.media.internal.MaintenanceService;
import dev.goldshop.media.internal.MediaEnvironment;
import dev.goldshop.media.internal.SigningKeyFile;
import dev.goldshop.engine.spi.ModuleContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Plugs file storage into the engine: {@code GoldShop.builder().module(new MediaModule(root))},
 * or {@code MediaModule.builder(root).limits(...).scanner(...).build()} for more. It registers
 * {@link ImageStore}, {@link CustomerDocumentFiles} and {@link MediaMaintenance}.
 * The root holds every stored file (images, documents, rendered reports); the rows keep paths
 * relative to it, so the root can move with the data.
 *
 * <p>The root is checked when the engine starts: it is created with permissions 0750 if
 * missing, must be a real directory (not a symbolic link), and must not lie inside a folder a
 * web server would publish ({@code public}, {@code static}, {@code www}, {@code htdocs},
 * {@code webapp}, {@code wwwroot}), because uploaded files must never be served as they are.
 * Hidden folders under the root hold the staging copies of uploads being checked
 * ({@code .staging}) and the key that signs media links ({@code .keys/url-signing.key},
 * created on first start, 0600), so that engines sharing the root accept each other's links.
 */
public final class MediaModule implements GoldShopModule {
    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwxr-x---");
    private static final List<String> PUBLIC_FOLDER_NAMES =
            List.of("public", "static", "www", "htdocs", "webapp", "wwwroot", "public_html");

    private final Path root;
    private final MediaLimits limits;
    private final ContentScanner scanner;
    private final byte[] urlSigningKey;

    /**
     * Creates the module with the default limits.
     *
     * @param root the storage root, for example {@code dataDir.resolve("media")}
     */
    public MediaModule(Path root) {
        this(root, MediaLimits.defaults());
    }

    /**
     * Creates the module.
     *
     * @param root the storage root, for example {@code dataDir.resolve("media")}
     * @param limits the upload limits and variant sizes
     */
    public MediaModule(Path root, MediaLimits limits) {
        this(builder(root).limits(limits));
    }

    private MediaModule(Builder builder) {
        this.root = builder.root;
        this.limits = builder.limits;
        this.scanner = builder.scanner;
        this.urlSigningKey = builder.urlSigningKey;
    }

    /**
     * Starts a configuration with the default limits, no scanner and a signing key kept in the root.
     *
     * @param root the storage root
     * @return the builder
     */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    @Override
    public String name() {
        return "media";
    }

    /**
     * The storage root, absolute and normalised.
     *
     * @return the root
     */
    public Path root() {
        return root;
    }

    /**
     * The limits uploads are held to.
     *
     * @return the limits
     */
    public MediaLimits limits() {
        return limits;
    }

    @Override
    public void configure(ModuleContext context) {
        prepareRoot();
        Path staging = root.resolve(".staging");
        byte[] key = urlSigningKey != null ? urlSigningKey : SigningKeyFile.loadOrCreate(root.resolve(".keys"));
        BlobStore blobs = new FileSystemBlobStore(root);
        context.addMapper(ImageMapper.class);
        MediaEnvironment env = new MediaEnvironment(context.calls(), context.ids(), context.clock(), blobs, limits,
                staging, scanner, key);
        context.registerFacade(ImageStore.class, new ImageStoreService(env));
        context.registerFacade(CustomerDocumentFiles.class,
                new DocumentFilesService(env, context.service(CustomerDocumentRecords.class)));
        context.registerFacade(MediaMaintenance.class, new MaintenanceService(env, staging));
        context.addListener(new FileCleanup(env));
    }

    private void prepareRoot() {
        for (Path part = root; part != null; part = part.getParent()) {
            Path name = part.getFileName();
            if (name != null && PUBLIC_FOLDER_NAMES.contains(name.toString().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the media root " + root + " lies inside '" + name
                        + "', a folder web servers publish; choose a root outside any web root");
            }
        }
        try {
            if (Files.isSymbolicLink(root)) {
                throw new IllegalArgumentException("the media root " + root + " is a symbolic link; give its real path");
            }
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(root);
                restrict(root);
            } else if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException("the media root " + root + " exists and is not a directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the media root " + root, e);
        }
    }

    private static void restrict(Path directory) throws IOException {
        if (Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(directory, DIRECTORY_PERMISSIONS);
        }
    }

    /**
     * The module's configuration.
     */
    public static final class Builder {
        private final Path root;
        private MediaLimits limits = MediaLimits.defaults();
        private ContentScanner scanner;
        private byte[] urlSigningKey;

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        }

        /**
         * Sets the upload limits and variant sizes.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(MediaLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets a malware scanner every upload is shown to before it is stored.
         *
         * @param scanner the scanner
         * @return this builder
         */
        public Builder scanner(ContentScanner scanner) {
            this.scanner = Objects.requireNonNull(scanner, "scanner");
            return this;
        }

        /**
         * Sets the key media links are signed with (for hosts that run several machines
         * without a shared root); by default a random key is kept in the root.
         *
         * @param key at least 32 random bytes
         * @return this builder
         */
        public Builder urlSigningKey(byte[] key) {
            if (key == null || key.length < 32) {
                throw new IllegalArgumentException("the URL signing key must have at least 32 bytes");
            }
            this.urlSigningKey = key.clone();
            return this;
        }

        /**
         * Builds the module.
         *
         * @return the module, to pass to {@code GoldShop.builder().module(...)}
         */
        public MediaModule build() {
            return new MediaModule(this);
        }
    }
}
