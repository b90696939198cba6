package dev.goldshop.persistence.internal.mybatis;

import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * A value type stored in one {@code numeric} column (money, weight, purity): the value is
 * written as its exact decimal and read back through the type's own factory, so the type's
 * rules (scale, range) apply to what comes out of the database too.
 *
 * @param <T> the value type
 */
class DecimalValueTypeHandler<T> extends BaseTypeHandler<T> {
    private final Function<T, BigDecimal> toDecimal;
    private final Function<BigDecimal, T> fromDecimal;

    DecimalValueTypeHandler(Function<T, BigDecimal> toDecimal, Function<BigDecimal, T> fromDecimal) {
        this.toDecimal = toDecimal;
        this.fromDecimal = fromDecimal;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, T parameter, JdbcType jdbcType) throws SQLException {
        ps.setBigDecimal(i, toDecimal.apply(parameter));
    }

    @Override
    public T getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return convert(rs.getBigDecimal(columnName));
    }

    @Override
    public T getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return convert(rs.getBigDecimal(columnIndex));
    }

    @Override
    public T getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return convert(cs.getBigDecimal(columnIndex));
    }

    private T convert(BigDecimal value) {
        return value == null ? null : fromDecimal.apply(value);
    }
}
