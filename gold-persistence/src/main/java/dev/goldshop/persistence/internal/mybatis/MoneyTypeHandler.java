package dev.goldshop.persistence.internal.mybatis;

import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.function.Supplier;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Numeric money columns as {@link Money} in the shop's currency. A shop keeps its books in one
 * currency (company settings); amounts are stored without it, at the currency's scale. Writing
 * money of another currency is refused rather than silently mixed into the books.
 */
public final class MoneyTypeHandler extends BaseTypeHandler<Money> {
    private final Supplier<Currency> shopCurrency;

    /**
     * Creates the handler.
     *
     * @param shopCurrency the shop's currency, read at each use so that a settings change applies
     */
    public MoneyTypeHandler(Supplier<Currency> shopCurrency) {
        this.shopCurrency = shopCurrency;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Money parameter, JdbcType jdbcType)
            throws SQLException {
        Currency currency = shopCurrency.get();
        if (!parameter.currency().equals(currency)) {
            throw new SQLException("amount " + parameter + " is not in the shop's currency " + currency, "22023");
        }
        ps.setBigDecimal(i, parameter.amount());
    }

    @Override
    public Money getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toMoney(rs.getBigDecimal(columnName));
    }

    @Override
    public Money getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toMoney(rs.getBigDecimal(columnIndex));
    }

    @Override
    public Money getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toMoney(cs.getBigDecimal(columnIndex));
    }

    private Money toMoney(BigDecimal amount) {
        return amount == null ? null : Money.of(amount, shopCurrency.get());
    }
}
