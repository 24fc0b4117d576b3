package org.shangmen.identity.api;

/** What side of the platform an account acts on. An account may hold several. */
public enum Role {
    /** 用户: books services. */
    CUSTOMER,
    /** 家政人员: takes orders once certified by the worker module. */
    WORKER,
    /** 平台运营: operators, whose permissions are checked by the admin module. */
    ADMIN
}
