/**
 * Who is calling: the {@link dev.goldshop.core.context.Actor} and the
 * {@link dev.goldshop.core.context.CallContext} every changing call carries.
 */
package dev.goldshop.core.context;
