/**
 * Files of the shop: the storage root and, as they land, images, customer documents and
 * rendered reports. Plug it in with {@link dev.goldshop.media.MediaModule}.
 */
package dev.goldshop.media;
