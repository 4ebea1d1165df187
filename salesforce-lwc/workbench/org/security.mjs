// Who may do what in the local org, read from the same metadata a deploy
// sends: the permission sets (object and field permissions, custom
// permissions) and the custom permissions of force-app, plus the profile
// every sample user has. A user's access is the union of the profile and
// their assigned permission sets, as on the platform.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { STANDARD_USER_PROFILE } from './profile.mjs';

const ARRAYS = new Set(['objectPermissions', 'fieldPermissions', 'customPermissions']);
const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => ARRAYS.has(name) });
const yes = (value) => String(value) === 'true';

const OBJECT_ACCESS = { read: 'allowRead', create: 'allowCreate', edit: 'allowEdit', delete: 'allowDelete', viewAll: 'viewAllRecords', modifyAll: 'modifyAllRecords' };

function readPermissionSet(file) {
    const set = xml.parse(readFileSync(file, 'utf8')).PermissionSet || {};
    const objects = new Map();
    for (const op of set.objectPermissions || []) {
        objects.set(String(op.object), Object.fromEntries(Object.entries(OBJECT_ACCESS).map(([key, tag]) => [key, yes(op[tag])])));
    }
    const fields = new Map();
    for (const fp of set.fieldPermissions || []) fields.set(String(fp.field), { readable: yes(fp.readable), editable: yes(fp.editable) });
    const customPermissions = new Set((set.customPermissions || []).filter((cp) => yes(cp.enabled)).map((cp) => String(cp.name)));
    return { label: set.label, objects, fields, customPermissions };
}

/** The permission sets and custom permissions of force-app/main/default. */
export function loadSecurity({ forceAppDir }) {
    const setsDir = join(forceAppDir, 'permissionsets');
    const permissionSets = new Map();
    for (const file of existsSync(setsDir) ? readdirSync(setsDir).filter((f) => f.endsWith('.permissionset-meta.xml')) : []) {
        permissionSets.set(file.replace('.permissionset-meta.xml', ''), readPermissionSet(join(setsDir, file)));
    }
    const permissionsDir = join(forceAppDir, 'customPermissions');
    const customPermissions = new Set(
        existsSync(permissionsDir) ? readdirSync(permissionsDir).filter((f) => f.endsWith('.customPermission-meta.xml')).map((f) => f.replace('.customPermission-meta.xml', '')) : []
    );
    for (const [name, set] of permissionSets) {
        for (const permission of set.customPermissions) {
            if (!customPermissions.has(permission)) throw new Error(`permission set ${name} grants custom permission ${permission}, which force-app does not define`);
        }
    }
    return { permissionSets, customPermissions };
}

const NONE = Object.freeze({ read: false, create: false, edit: false, delete: false, viewAll: false, modifyAll: false });

/**
 * What one user may do: `object(name)` gives { read, create, edit, delete,
 * viewAll, modifyAll }; `field(info, field)` gives { readable, editable } for a
 * field of a schema object; `customPermissions` the names they hold.
 */
export function accessFor(security, assignedSetNames) {
    const sets = assignedSetNames.map((name) => {
        const set = security.permissionSets.get(name);
        if (!set) throw new Error(`the user is assigned permission set ${name}, which force-app does not define`);
        return set;
    });
    const objectAccess = new Map();
    const object = (apiName) => {
        if (objectAccess.has(apiName)) return objectAccess.get(apiName);
        const grants = [STANDARD_USER_PROFILE.objects[apiName], ...sets.map((s) => s.objects.get(apiName))].filter(Boolean);
        const access = Object.fromEntries(Object.keys(NONE).map((key) => [key, grants.some((g) => g[key])]));
        // Modify All implies every other permission on the object, View All implies Read.
        if (access.modifyAll) Object.assign(access, { read: true, create: true, edit: true, delete: true, viewAll: true });
        if (access.viewAll) access.read = true;
        objectAccess.set(apiName, access);
        return access;
    };
    const field = (info, fieldName) => {
        const definition = info.fields[fieldName];
        const objectAccess = object(info.apiName);
        if (!definition || !objectAccess.read) return { readable: false, editable: false };
        // Fields that take no field permissions follow the object: system and name fields, required and master-detail fields.
        if (!definition.custom || definition.required || definition.type === 'MasterDetail') {
            return { readable: true, editable: !definition.readOnly && (objectAccess.edit || objectAccess.create) };
        }
        const grants = sets.map((s) => s.fields.get(`${info.apiName}.${fieldName}`)).filter(Boolean);
        return { readable: grants.some((g) => g.readable || g.editable), editable: grants.some((g) => g.editable) };
    };
    const customPermissions = new Set(sets.flatMap((s) => [...s.customPermissions]));
    return { object, field, customPermissions, permissionSets: [...assignedSetNames] };
}

