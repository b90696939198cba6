/**
 * The double-entry books: {@link dev.goldshop.core.books.Books}, accounts, journals, the trial
 * balance and account ledgers.
 */
package dev.goldshop.core.books;
