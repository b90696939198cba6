package dev.goldshop.media;

import dev.goldshop.core.value.CodedEnum;

/** What an image is for; stored in {@code images.image_role}. */
public enum ImageRole implements CodedEnum {
    /** A photo: a gallery picture or a profile picture; one per entity is the primary. */
    PHOTO("photo"),
    /** A category's icon: at most one per category, never the primary photo. */
    ICON("icon");

    private final String code;

    ImageRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
