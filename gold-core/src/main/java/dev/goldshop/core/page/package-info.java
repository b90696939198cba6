/**
 * Keyset paging: {@link dev.goldshop.core.page.PageRequest} in, {@link dev.goldshop.core.page.Page} out.
 */
package dev.goldshop.core.page;
