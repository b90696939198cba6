package dev.goldshop.persistence.internal.mybatis;

import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** {@code numeric(12,3)} gram columns as {@link Weight}. */
public final class WeightTypeHandler extends BaseTypeHandler<Weight> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Weight parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setBigDecimal(i, parameter.grams());
    }

    @Override
    public Weight getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toWeight(rs.getBigDecimal(columnName));
    }

    @Override
    public Weight getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toWeight(rs.getBigDecimal(columnIndex));
    }

    @Override
    public Weight getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toWeight(cs.getBigDecimal(columnIndex));
    }

    private static Weight toWeight(BigDecimal grams) {
        return grams == null ? null : Weight.ofGrams(grams.setScale(Weight.SCALE));
    }
}
