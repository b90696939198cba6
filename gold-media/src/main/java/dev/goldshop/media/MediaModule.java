package dev.goldshop.media;

import dev.goldshop.engine.spi.GoldShopModule;
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
 * Plugs file storage into the engine: {@code GoldShop.builder().module(new MediaModule(root))}.
 * The root holds every stored file (images, documents, rendered reports); the rows keep paths
 * relative to it, so the root can move with the data.
 *
 * <p>The root is checked when the engine starts: it is created with permissions 0750 if
 * missing, must be a real directory (not a symbolic link), and must not lie inside a folder a
 * web server would publish ({@code public}, {@code static}, {@code www}, {@code htdocs},
 * {@code webapp}, {@code wwwroot}), because uploaded files must never be served as they are.
 */
public final class MediaModule implements GoldShopModule {
    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwxr-x---");
    private static final List<String> PUBLIC_FOLDER_NAMES =
            List.of("public", "static", "www", "htdocs", "webapp", "wwwroot", "public_html");

    private final Path root;

    /**
     * Creates the module.
     *
     * @param root the storage root, for example {@code dataDir.resolve("media")}
     */
    public MediaModule(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
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

    @Override
    public void configure(ModuleContext context) {
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
}
