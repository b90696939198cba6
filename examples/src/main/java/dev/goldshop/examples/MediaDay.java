package dev.goldshop.examples;

import dev.goldshop.core.catalog.Categories;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.customer.DocumentType;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.media.CustomerDocumentFiles;
import dev.goldshop.media.Image;
import dev.goldshop.media.ImageEntity;
import dev.goldshop.media.ImageRole;
import dev.goldshop.media.ImageStore;
import dev.goldshop.media.ImageUpload;
import dev.goldshop.media.ImageVariant;
import dev.goldshop.media.MediaContent;
import dev.goldshop.media.MediaMaintenance;
import dev.goldshop.media.ReconcileReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import javax.imageio.ImageIO;

/**
 * The shop's pictures and scans: photos of a bangle (a primary one and a gallery), a category
 * image and icon, a customer's profile photo and a copy of her passport, each stored checked and
 * re-encoded in three variants; then a signed link and a reconcile of files and rows. The
 * pictures are drawn here, so the demo needs no files of its own.
 */
public final class MediaDay {
    private MediaDay() {
    }

    /**
     * Tells the media part of the day.
     *
     * @param shop the engine, with the media module
     * @param owner who acts
     * @param out where the story is told
     */
    public static void tell(GoldShop shop, CallContext owner, PrintStream out) {
        ImageStore images = shop.facade(ImageStore.class);
        String run = Long.toString(shop.clock().millis() % 1_000_000);

        Category bangles = shop.facade(Categories.class).create(owner, NewCategory.root("Bangles " + run));
        Image categoryPhoto = images.upload(owner, ImageUpload.photo(ImageEntity.CATEGORY, bangles.id(), "bangles.jpg")
                .withAltText("A stack of gold bangles"), jpeg(bangle(1800, 1200, new Color(212, 175, 55), 0)));
        Image icon = images.upload(owner, new ImageUpload(ImageEntity.CATEGORY, bangles.id(), ImageRole.ICON,
                "bangle-icon.png", "bangle icon", false), png(icon(256)));
        out.println("Category " + bangles.name() + ": image " + describe(categoryPhoto) + ", icon " + describe(icon));

        Item bangle = shop.facade(Inventory.class).create(owner, NewItem.builder("BANGLE-" + run, "22K filigree bangle")
                .kind(ItemKind.UNIQUE_PIECE).category(bangles.id()).metal(MetalType.GOLD, Purity.ofKarat(22))
                .weights(Weight.ofGrams("18.200"), Weight.ZERO).priceMode(PriceMode.WEIGHT)
                .makingCharge(MakingChargeType.PER_GRAM, new BigDecimal("6.00")).build());
        Image front = images.upload(owner, ImageUpload.photo(ImageEntity.INVENTORY_ITEM, bangle.id(), "front.jpg")
                .withAltText("Bangle, front"), jpeg(bangle(2400, 1600, new Color(218, 165, 32), 0)));
        Image side = images.upload(owner, ImageUpload.photo(ImageEntity.INVENTORY_ITEM, bangle.id(), "side.jpg"),
                jpeg(bangle(1600, 2400, new Color(205, 160, 40), 1)));
        Image detail = images.upload(owner, ImageUpload.photo(ImageEntity.INVENTORY_ITEM, bangle.id(), "detail.png"),
                png(bangle(900, 900, new Color(230, 190, 80), 2)));
        images.setPrimary(owner, side.id());
        images.reorder(owner, ImageEntity.INVENTORY_ITEM, bangle.id(), java.util.List.of(side.id(), front.id(), detail.id()));
        out.println("Item " + bangle.sku() + " has " + images.list(owner, ImageEntity.INVENTORY_ITEM, bangle.id()).size()
                + " photos; the side view is now primary and first in the gallery:");
        for (Image image : images.list(owner, ImageEntity.INVENTORY_ITEM, bangle.id())) {
            out.println("  " + (image.primary() ? "* " : "  ") + describe(image));
            for (ImageVariant variant : ImageVariant.values()) {
                try (MediaContent content = images.open(owner, image.id(), variant)) {
                    BufferedImage pixels = ImageIO.read(content.stream());
                    out.println("      " + variant + ": " + pixels.getWidth() + " x " + pixels.getHeight() + ", "
                            + content.size() + " bytes, " + image.path(variant));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        Customer meera = shop.facade(CustomerProfiles.class).create(owner, CustomerDetails.builder("Meera")
                .lastName("Iyer").phone("+971 50 " + (2_000_000 + Integer.parseInt(run) % 7_000_000)).build(),
                DuplicatePolicy.ALLOW);
        Image face = images.upload(owner, ImageUpload.photo(ImageEntity.CUSTOMER, meera.id(), "meera.jpg"),
                jpeg(portrait(600, 800)));
        CustomerDocument passport = shop.facade(CustomerDocumentFiles.class).upload(owner, meera.id(),
                new DocumentDetails(DocumentType.ID_COPY, "Passport", "photo page", LocalDate.of(2033, 4, 30)),
                "passport.pdf", new ByteArrayInputStream(passportPdf()));
        out.println("Customer " + meera.code() + ": profile photo " + describe(face) + "; passport stored as "
                + passport.filePath() + " (" + passport.fileSize() + " bytes, " + passport.mimeType() + ")");
        try (MediaContent copy = shop.facade(CustomerDocumentFiles.class).download(owner, passport.id())) {
            out.println("Downloaded the passport copy again (" + copy.readAllBytes().length
                    + " bytes); the download is in the audit trail");
        }

        String token = images.signedToken(owner, side.id(), ImageVariant.THUMBNAIL, Duration.ofMinutes(10));
        try (MediaContent viaLink = images.openSigned(token)) {
            out.println("A signed link for the web shop opens the thumbnail without a login or a database read ("
                    + viaLink.size() + " bytes, " + viaLink.mimeType() + "): " + token.substring(0, 24) + "...");
        }
        ReconcileReport report = shop.facade(MediaMaintenance.class).reconcile(owner, Duration.ofHours(1));
        out.println("Reconcile: " + report.filesChecked() + " files and " + report.rowsChecked() + " rows checked, "
                + report.orphansRemoved().size() + " orphans removed, " + report.missingFiles().size() + " rows without files");
    }

    private static String describe(Image image) {
        return image.fileName() + " (" + image.mimeType() + ", " + image.width() + " x " + image.height() + ")";
    }

    private static BufferedImage bangle(int width, int height, Color gold, int style) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(245, 240, 232), width, height, new Color(200, 190, 180)));
        g.fillRect(0, 0, width, height);
        int size = Math.min(width, height) * 2 / 3;
        g.setStroke(new BasicStroke(size / 8f));
        g.setPaint(new GradientPaint(0, 0, gold.brighter(), width, height, gold.darker()));
        if (style == 1) {
            g.drawOval((width - size / 3) / 2, (height - size) / 2, size / 3, size);
        } else {
            g.drawOval((width - size) / 2, (height - size) / 2, size, size);
        }
        if (style == 2) {
            g.setStroke(new BasicStroke(3f));
            for (int i = 0; i < 24; i++) {
                g.drawArc((width - size) / 2 + i * 4, (height - size) / 2 + i * 4, size - i * 8, size - i * 8, i * 15, 40);
            }
        }
        g.dispose();
        return image;
    }

    private static BufferedImage icon(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(212, 175, 55));
        g.setStroke(new BasicStroke(size / 10f));
        g.drawOval(size / 6, size / 6, size * 2 / 3, size * 2 / 3);
        g.dispose();
        return image;
    }

    private static BufferedImage portrait(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(120, 150, 190));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(200, 150, 120));
        g.fillOval(width / 4, height / 6, width / 2, height / 3);
        g.fillRoundRect(width / 6, height / 2, width * 2 / 3, height / 2, width / 3, width / 3);
        g.dispose();
        return image;
    }

    private static ByteArrayInputStream jpeg(BufferedImage image) {
        return new ByteArrayInputStream(encode(image, "jpg"));
    }

    private static ByteArrayInputStream png(BufferedImage image) {
        return new ByteArrayInputStream(encode(image, "png"));
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF as a scanner's software would write it (no scripts, no embedded files). */
    private static byte[] passportPdf() {
        String content = "BT /F1 18 Tf 72 720 Td (PASSPORT - specimen for the demo) Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
