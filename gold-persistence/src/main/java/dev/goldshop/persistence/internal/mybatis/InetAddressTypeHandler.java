package dev.goldshop.persistence.internal.mybatis;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.postgresql.util.PGobject;

/**
 * INET columns as {@link InetAddress}. Only literal addresses are accepted and produced, so
 * no DNS lookup ever happens while reading or writing a row.
 */
public final class InetAddressTypeHandler extends BaseTypeHandler<InetAddress> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, InetAddress parameter, JdbcType jdbcType)
            throws SQLException {
        PGobject value = new PGobject();
        value.setType("inet");
        value.setValue(parameter.getHostAddress());
        ps.setObject(i, value);
    }

    @Override
    public InetAddress getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return parse(rs.getString(columnName));
    }

    @Override
    public InetAddress getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return parse(rs.getString(columnIndex));
    }

    @Override
    public InetAddress getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return parse(cs.getString(columnIndex));
    }

    static InetAddress parse(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        String address = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
        if (!InetLiterals.isLiteral(address)) {
            throw new SQLException("not an IP address literal: " + address, "22P02");
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new SQLException("not an IP address: " + address, "22P02", e);
        }
    }
}
