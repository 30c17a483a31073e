/**
 * The request header through which the proxy tells the root layout which language a page is in, so
 * that `<html lang>` is right even on pages outside the /zh and /en trees (a 404 for an unknown URL).
 */
export const localeHeader = 'x-jiaoliu-locale';
