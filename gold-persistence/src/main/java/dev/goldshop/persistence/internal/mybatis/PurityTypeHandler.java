package dev.goldshop.persistence.internal.mybatis;

import dev.goldshop.core.value.Purity;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Fineness columns (parts per thousand) as {@link Purity}. */
public final class PurityTypeHandler extends BaseTypeHandler<Purity> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Purity parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setBigDecimal(i, parameter.fineness());
    }

    @Override
    public Purity getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toPurity(rs.getBigDecimal(columnName));
    }

    @Override
    public Purity getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toPurity(rs.getBigDecimal(columnIndex));
    }

    @Override
    public Purity getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toPurity(cs.getBigDecimal(columnIndex));
    }

    private static Purity toPurity(BigDecimal fineness) {
        return fineness == null ? null : Purity.ofFineness(fineness);
    }
}
