package dev.goldshop.persistence.internal.mybatis;

import dev.goldshop.core.value.CodedEnum;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * The engine's default handler for every enum: stores {@link CodedEnum#code()} where the enum
 * has one, and the lower-cased constant name otherwise, matching the lower-case codes the
 * schema's CHECK constraints list. An unknown stored code is an error, never a silent null.
 *
 * @param <E> the enum type
 */
public final class CodedEnumTypeHandler<E extends Enum<E>> extends BaseTypeHandler<E> {
    private final Class<E> type;
    private final Map<String, E> byCode = new HashMap<>();

    /**
     * Creates the handler for one enum type (MyBatis calls this once per type).
     *
     * @param type the enum class
     */
    public CodedEnumTypeHandler(Class<E> type) {
        this.type = type;
        for (E constant : type.getEnumConstants()) {
            byCode.put(codeOf(constant), constant);
        }
    }

    /**
     * The stored code of an enum constant.
     *
     * @param constant the constant
     * @return its code
     */
    public static String codeOf(Enum<?> constant) {
        return constant instanceof CodedEnum coded ? coded.code() : constant.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, E parameter, JdbcType jdbcType) throws SQLException {
        ps.setString(i, codeOf(parameter));
    }

    @Override
    public E getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return fromCode(rs.getString(columnName));
    }

    @Override
    public E getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return fromCode(rs.getString(columnIndex));
    }

    @Override
    public E getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return fromCode(cs.getString(columnIndex));
    }

    private E fromCode(String code) throws SQLException {
        if (code == null) {
            return null;
        }
        E constant = byCode.get(code);
        if (constant == null) {
            throw new SQLException("stored code '" + code + "' is not a " + type.getSimpleName()
                    + "; known codes: " + byCode.keySet(), "22P02");
        }
        return constant;
    }
}
