package dev.goldshop.media;

import dev.goldshop.core.value.CodedEnum;

/** The kinds of things that have pictures; stored in {@code images.entity_type}. */
public enum ImageEntity implements CodedEnum {
    /** A piece or stock line: its primary photo and gallery ({@code inventory_items}). */
    INVENTORY_ITEM("inventory_item"),
    /** A category: its image and icon ({@code categories.image_url}, {@code icon_image_url}). */
    CATEGORY("category"),
    /** A customer's profile photo ({@code customers.profile_image_id}); personal data. */
    CUSTOMER("customer"),
    /** A user's profile photo ({@code users.profile_image_id}). */
    USER("user");

    private final String code;

    ImageEntity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
